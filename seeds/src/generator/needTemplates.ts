// Need texts by category, written as founders write them, as title + description pairs that
// belong together. Placeholders: {product} (lower-case product name), {place} (province name),
// {amount} (VND in words), {n} (a small number).
import type { NeedCategoryCode } from '../reference/index.js';

export interface NeedTemplate {
  title: string;
  description: string;
}

export const needTemplates: Record<NeedCategoryCode, readonly NeedTemplate[]> = {
  trademark: [
    {
      title: 'Đăng ký nhãn hiệu cho {product}',
      description:
        'Sản phẩm đã bán được {n} năm nhưng chưa đăng ký nhãn hiệu. Cần hướng dẫn tra cứu, chuẩn bị hồ sơ và nộp đơn lên Cục Sở hữu trí tuệ.',
    },
    {
      title: 'Bảo hộ tên và logo sản phẩm',
      description: 'Muốn bảo hộ logo và tên {product} trước khi mở rộng thị trường, sợ nơi khác đăng ký trước.',
    },
    {
      title: 'Tra cứu nhãn hiệu trước khi in bao bì',
      description: 'Cần chuyên gia sở hữu trí tuệ tra cứu tên dự kiến có bị trùng không, chi phí và thời gian cấp văn bằng bảo hộ.',
    },
    {
      title: 'Đăng ký nhãn hiệu tập thể cho HTX',
      description: 'Các hộ trong HTX muốn dùng chung nhãn hiệu tập thể cho {product} {place}. Cần hướng dẫn quy chế sử dụng và hồ sơ.',
    },
    {
      title: 'Bị làm nhái tên sản phẩm {product}',
      description: 'Có cơ sở khác bán hàng giả dùng tên giống sản phẩm của mình, cần biết cách bảo vệ quyền sở hữu trí tuệ.',
    },
  ],
  standards: [
    {
      title: 'Làm mã vạch và tem truy xuất nguồn gốc cho {product}',
      description: 'Cần đăng ký mã số mã vạch và in tem QR truy xuất nguồn gốc trước khi giao hàng cho cửa hàng.',
    },
    {
      title: 'Xin giấy chứng nhận an toàn thực phẩm',
      description: 'Siêu thị yêu cầu giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm. Cần hướng dẫn bố trí nhà xưởng và làm hồ sơ.',
    },
    {
      title: 'Hồ sơ tự công bố sản phẩm {product}',
      description: 'Cần gửi mẫu kiểm nghiệm và làm hồ sơ tự công bố chất lượng, chưa biết bắt đầu từ đâu.',
    },
    {
      title: 'Chuẩn bị đánh giá OCOP 3 sao',
      description: 'Muốn đưa {product} tham gia đánh giá phân hạng OCOP năm nay, cần người hướng dẫn hoàn thiện hồ sơ và tiêu chí.',
    },
    {
      title: 'Nhãn hàng hóa đúng quy định để vào siêu thị',
      description: 'Nhãn hiện tại thiếu hạn sử dụng, thành phần, định lượng. Cần rà soát để đủ điều kiện lưu thông.',
    },
  ],
  distribution: [
    {
      title: 'Tìm đầu ra ổn định cho {product}',
      description:
        'Đang bán qua thương lái giá thấp, sản lượng khoảng {n} tấn mỗi tháng. Muốn tìm doanh nghiệp thu mua hoặc nhà phân phối ký hợp đồng dài hạn.',
    },
    {
      title: 'Đưa {product} vào chuỗi siêu thị',
      description: 'Muốn đưa sản phẩm lên kệ siêu thị, cần kết nối bộ phận thu mua và hiểu cách tính chiết khấu.',
    },
    {
      title: 'Tham gia hội chợ thương mại năm nay',
      description: 'Cần thông tin các hội chợ OCOP, hội chợ nông sản và hỗ trợ đăng ký gian hàng để tìm đại lý.',
    },
    {
      title: 'Tìm nhà phân phối ở Hà Nội và TP Hồ Chí Minh',
      description: 'Hiện chỉ bán trong {place}. Cần đại lý hoặc nhà phân phối ở các thành phố lớn.',
    },
    {
      title: 'Mở gian hàng trên sàn thương mại điện tử',
      description: 'Muốn bán {product} trên Shopee, Lazada, Postmart nhưng chưa biết cách mở gian hàng và vận chuyển.',
    },
  ],
  workspace: [
    {
      title: 'Cần chỗ ngồi làm việc cho nhóm {n} người',
      description: 'Nhóm đang làm việc ở nhà, cần không gian làm việc chung có wifi, bàn ghế và phòng họp nhỏ.',
    },
    {
      title: 'Mượn hội trường tổ chức sự kiện',
      description: 'Cần mượn hội trường khoảng {n}0 chỗ trong một buổi để giới thiệu sản phẩm với khách hàng.',
    },
    {
      title: 'Thuê văn phòng nhỏ gần trung tâm',
      description: 'Công ty mới thành lập cần văn phòng nhỏ ở {place} để tiếp khách và đặt địa chỉ giao dịch.',
    },
    {
      title: 'Cần phòng họp để gặp đối tác',
      description: 'Có đối tác ở xa đến làm việc, cần phòng họp khoảng {n} người trong một buổi.',
    },
    {
      title: 'Không gian làm việc chung trong {n} tháng',
      description: 'Muốn đăng ký chỗ ngồi tại không gian khởi nghiệp của Sở trong thời gian chuẩn bị ra mắt sản phẩm.',
    },
  ],
  funding: [
    {
      title: 'Tìm nhà đầu tư vốn mồi',
      description:
        'Dự án cần khoảng {amount} vốn mồi để mua máy móc và sản xuất lô hàng đầu. Sẵn sàng chia cổ phần cho nhà đầu tư đồng hành.',
    },
    {
      title: 'Gọi vốn {amount} để mở rộng sản xuất',
      description: 'Đã có khách hàng và doanh thu ổn định, cần nhà đầu tư thiên thần hoặc quỹ đầu tư để mở rộng.',
    },
    {
      title: 'Vay vốn ưu đãi cho dự án khởi nghiệp',
      description: 'Muốn biết điều kiện vay vốn ưu đãi, lãi suất và hồ sơ cần chuẩn bị cho khoản vay khoảng {amount}.',
    },
    {
      title: 'Tìm quỹ đầu tư quan tâm {product}',
      description: 'Cần kết nối quỹ đầu tư phù hợp và người xem giúp bộ hồ sơ gọi vốn.',
    },
    {
      title: 'Xin tài trợ từ quỹ hỗ trợ khởi nghiệp',
      description: 'Nghe nói có quỹ hỗ trợ dự án khởi nghiệp đổi mới sáng tạo, cần biết điều kiện, hạn nộp và hồ sơ.',
    },
  ],
  mentoring: [
    {
      title: 'Hoàn thiện mô hình kinh doanh',
      description: 'Nhóm mới khởi nghiệp, chưa rõ khách hàng mục tiêu và mô hình doanh thu. Cần người có kinh nghiệm định hướng.',
    },
    {
      title: 'Cần cố vấn lập kế hoạch kinh doanh',
      description: 'Cần cố vấn giúp viết kế hoạch kinh doanh {n} năm, dự báo doanh thu và dòng tiền.',
    },
    {
      title: 'Tính giá thành và giá bán {product}',
      description: 'Bán theo cảm tính, chưa biết lãi lỗ. Cần người giúp tính giá thành, giá sỉ, giá lẻ.',
    },
    {
      title: 'Chiến lược mở rộng quy mô',
      description: 'Muốn mở rộng từ {place} sang tỉnh khác, cần tư vấn chiến lược và cách quản trị đội ngũ.',
    },
    {
      title: 'Tìm mentor có kinh nghiệm',
      description: 'Cần một cố vấn từng làm {product} hoặc ngành gần để gặp hằng tháng, góp ý hướng đi.',
    },
  ],
  technology: [
    {
      title: 'Cải tiến quy trình sản xuất {product}',
      description: 'Đang làm thủ công, mỗi mẻ chất lượng khác nhau. Muốn chuẩn hóa quy trình sản xuất và cơ giới hóa một số khâu.',
    },
    {
      title: 'Tư vấn máy sấy cho {product}',
      description: 'Cần chuyên gia tư vấn chọn máy sấy lạnh hoặc sấy chân không công suất khoảng {n}00 kg mỗi mẻ.',
    },
    {
      title: 'Kéo dài thời gian bảo quản {product}',
      description: 'Sản phẩm chỉ để được vài ngày. Cần công nghệ bảo quản để vận chuyển đi xa.',
    },
    {
      title: 'Phát triển ứng dụng di động cho khách hàng',
      description: 'Cần lập trình viên hoặc đơn vị phát triển phần mềm, ứng dụng di động cho khách đặt hàng.',
    },
    {
      title: 'Chuyển giao công nghệ chế biến',
      description: 'Muốn nhận chuyển giao công nghệ và dây chuyền chế biến {product} quy mô nhỏ.',
    },
  ],
  legal: [
    {
      title: 'Thành lập doanh nghiệp',
      description: 'Nhóm muốn thành lập công ty, cần tư vấn loại hình doanh nghiệp, đăng ký kinh doanh và điều lệ.',
    },
    {
      title: 'Thủ tục thành lập hợp tác xã',
      description: 'Bà con muốn lập hợp tác xã, cần hướng dẫn hồ sơ và thủ tục đăng ký.',
    },
    {
      title: 'Kê khai thuế và hóa đơn điện tử',
      description: 'Hộ kinh doanh mới, chưa biết kê khai thuế và xuất hóa đơn điện tử cho khách sỉ.',
    },
    {
      title: 'Rà soát hợp đồng với đối tác',
      description: 'Đối tác gửi hợp đồng dài nhiều điều khoản khó hiểu, cần luật sư đọc giúp trước khi ký.',
    },
    {
      title: 'Chuyển từ hộ kinh doanh lên công ty',
      description: 'Doanh thu tăng, khách hàng yêu cầu hóa đơn. Cần tư vấn thủ tục chuyển đổi và nghĩa vụ thuế.',
    },
  ],
  marketing: [
    {
      title: 'Xây dựng thương hiệu cho {product}',
      description: 'Sản phẩm tốt nhưng ít người biết. Cần bộ nhận diện, câu chuyện thương hiệu và kế hoạch truyền thông.',
    },
    {
      title: 'Thiết kế logo và bao bì mới',
      description: 'Bao bì đang đơn giản, muốn thiết kế lại cho đẹp để làm quà biếu và bán ở cửa hàng đặc sản.',
    },
    {
      title: 'Chạy quảng cáo Facebook, TikTok',
      description: 'Fanpage có người theo dõi nhưng ít đơn. Cần người hướng dẫn chạy quảng cáo và viết nội dung.',
    },
    {
      title: 'Làm video giới thiệu sản phẩm',
      description: 'Muốn có vài video ngắn kể câu chuyện {product} {place} để đăng mạng xã hội.',
    },
    {
      title: 'Chuyển đổi số cho cửa hàng',
      description: 'Muốn có website, fanpage và ảnh sản phẩm chuyên nghiệp để bán cho khách ở xa.',
    },
  ],
  training: [
    {
      title: 'Tập huấn kỹ năng bán hàng online',
      description: 'Cần lớp tập huấn ngắn cho khoảng {n}0 người về chụp ảnh sản phẩm, livestream và chốt đơn.',
    },
    {
      title: 'Đào tạo thợ mới cho xưởng',
      description: 'Cơ sở thiếu thợ lành nghề, cần giảng viên dạy nghề cho lao động địa phương trong {n} tháng.',
    },
    {
      title: 'Lớp tập huấn kỹ thuật canh tác',
      description: 'Bà con cần được tập huấn kỹ thuật canh tác, bón phân hữu cơ và ghi nhật ký sản xuất.',
    },
    {
      title: 'Khóa học quản trị tài chính cho hộ kinh doanh',
      description: 'Muốn tham gia khóa học về sổ sách, dòng tiền và kỹ năng quản lý cho chủ hộ.',
    },
    {
      title: 'Bồi dưỡng kiến thức khởi nghiệp cho thành viên HTX',
      description: 'Muốn tổ chức lớp bồi dưỡng kiến thức khởi nghiệp cho khoảng {n}0 thành viên hợp tác xã.',
    },
  ],
};
